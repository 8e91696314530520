package parley.core.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The hearer or the outlet of speech, never what is said: "spoke to reporters", "talking to voters"
 * (the "to" of a verb of addressing someone, unlike "pointed to the polls" or "responded to the
 * charge"), "said on Twitter", "wrote on Facebook", "said on CNN" (the "on" of a medium, unlike
 * "commented on the plan").
 */
final class HearersAndOutlets {
  private HearersAndOutlets() {}

  /** Verbs whose "to" phrase is who is addressed: "spoke to reporters", "wrote to the council". */
  private static final Set<String> ADDRESSING = Set.of("say", "speak", "talk", "write", "tweet", "post", "explain",
      "complain", "report", "announce", "declare", "describe", "mention", "admit", "confess", "confide", "insist",
      "lie", "apologize", "apologise", "boast", "brag", "joke", "whisper", "shout", "yell", "preach", "testify",
      "pledge", "vow", "promise", "recount", "repeat", "send", "email", "e-mail", "read", "concede", "acknowledge",
      "tell", "signal", "suggest", "propose", "recommend", "express", "voice", "deliver");

  /** Media a verb of speaking goes out "on": "said on Twitter", "appeared on CNN". */
  private static final Set<String> OUTLETS = Set.of("twitter", "facebook", "instagram", "youtube", "snapchat",
      "reddit", "tumblr", "linkedin", "periscope", "television", "tv", "radio", "air", "camera", "stage", "show",
      "program", "programme", "podcast", "broadcast", "website", "site", "blog", "page", "account", "feed",
      "network", "channel", "phone", "telephone", "cnn", "msnbc", "fox", "cnbc", "abc", "nbc", "cbs", "npr", "pbs",
      "c-span", "bbc", "skype", "livestream", "webcast", "video", "media");

  /** Whether a speech verb's prepositional phrase, headed by {@code noun}, gives its hearer or outlet. */
  static boolean isHearerOrOutlet(String verbLemma, String preposition, String noun) {
    String word = noun.toLowerCase(Locale.ROOT);
    if (preposition.equals("to")) return ADDRESSING.contains(verbLemma);
    if (preposition.equals("on")) return OUTLETS.contains(word);
    return false;
  }
}
