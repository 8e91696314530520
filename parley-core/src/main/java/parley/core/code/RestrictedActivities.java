package parley.core.code;

import java.util.Set;

/** Restricted activities ("bans on travel to Canada against X") whose own "against" phrase names the target. */
final class RestrictedActivities {

  private RestrictedActivities() {}

  /** Activities a ban or sanction is "on": "bans on travel to Canada", "a ban on imports from Iran". */
  private static final Set<String> RESTRICTED_ACTIVITIES = Set.of("travel", "entry", "import", "export", "trade",
      "flight", "visit", "investment", "transfer", "sale", "shipment", "movement");

  /**
   * An activity whose restriction a phrase of its own aims "against" someone: "bans on travel to Canada
   * against four officers" aim at the officers, not at the destination (here the restricting state).
   */
  static boolean isRestrictedActivity(ClauseArguments args, DependencyTree tree, int t) {
    return t >= 0 && RESTRICTED_ACTIVITIES.contains(tree.lemma(t)) && args.prepositional(t, "against") >= 0;
  }

  /** The "against" phrase of a restricted activity. */
  static int restrictedParty(ClauseArguments args, int activity) {
    return args.prepositional(activity, "against");
  }
}
