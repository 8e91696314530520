package parley.core.code;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;

class PetrScratchTest {
  @Test
  void show() {
    Document doc = new CoderFixture("The release came as Israel announced it would free 150 Palestinian prisoners by the end of August.")
        .sentence("The/DT/2/det release/NN/3/nsubj came/VBD/0/root/come as/IN/6/mark Israel/NNP/6/nsubj announced/VBD/3/advcl/announce it/PRP/9/nsubj would/MD/9/aux free/VB/6/ccomp 150/CD/12/nummod Palestinian/JJ/12/amod prisoners/NNS/9/obj/prisoner by/IN/15/case the/DT/15/det end/NN/9/obl of/IN/17/case August/NNP/15/nmod ./././punct")
        .code();
    for (Event e : doc.events()) System.out.println("EV " + CoderFixture.dyad(e) + " " + e.mode() + " " + e.rule());
  }
}
