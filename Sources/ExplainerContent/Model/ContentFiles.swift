/// The names of the files a content folder holds, relative to the folder: what `ContentIndex.fileDates`
/// is keyed by, and what a resource names to say which files it is made of.
public enum ContentFiles {
    /// The explainer's metadata, sources list and section order.
    public static let explainer = "explainer.json"
    /// Cited sources and studies.
    public static let sources = "sources.json"
    /// Research claims.
    public static let claims = "claims.json"
    /// Glossary terms.
    public static let glossary = "glossary.json"
    /// Support lines, emergency numbers, content notes.
    public static let support = "support.json"
    /// The day each file last changed and each section's review dates; not itself dated.
    public static let dates = "dates.json"
    /// The folder of section files (`sections/NN-slug.md`).
    public static let sectionsFolder = "sections"
    /// The data files that `dates.json` dates by name (sections are dated by id), in hashing order.
    public static let data = [explainer, sources, claims, glossary, support]
}
