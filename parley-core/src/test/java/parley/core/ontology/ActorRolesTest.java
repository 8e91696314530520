package parley.core.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorRolesTest {
  private static final ActorRoles ROLES = ActorRoles.fromResource();

  @Test
  void isRole_knowsPrimaryAndSecondaryRoles() {
    for (String code : new String[] {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
        "EDU", "BUS", "CRM", "CVL", "LEG", "ELI", "REF"}) {
      assertThat(ROLES.isRole(code)).as(code).isTrue();
    }
  }

  @Test
  void isRole_rejectsInternationalGenericsRegionsAndCountries() {
    assertThat(ROLES.isRole("IGO")).isFalse();
    assertThat(ROLES.kind("IGO")).contains(ActorRoles.Kind.INTERNATIONAL);
    assertThat(ROLES.kind("MEA")).contains(ActorRoles.Kind.REGION);
    assertThat(ROLES.isRole("USA")).isFalse();
    assertThat(ROLES.kind("USA")).isEmpty();
  }

  @Test
  void description_isReadable() {
    assertThat(ROLES.description("JUD")).hasValueSatisfying(d -> assertThat(d).contains("courts"));
  }
}
