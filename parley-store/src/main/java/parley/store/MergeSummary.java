package parley.store;

/** What a merge rebuilt. */
public record MergeSummary(long mergedEvents, long mentions, long duplicateDocuments) {}
