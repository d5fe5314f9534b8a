extension DenseIndexBuild {
    /// The loader a server calls at start-up and on reload: the vectors stored in the content
    /// folder's `vectors.json` where they still match, the model for the rest.
    ///
    /// `reused` and `embedded` say how many texts were taken and how many were embedded again (0 on
    /// a folder that `explainer-server index` has just written). A missing file means every text is
    /// embedded; an unreadable, oversized or malformed one too, and it is returned as `storedProblem`
    /// for the log, never thrown: stored vectors only save time.
    public static func load(
        contentDirectory: String, documents: [SearchDocument], embedder: any TextEmbedding
    ) -> (build: DenseIndexBuild, storedProblem: VectorFileError?) {
        let stored: VectorFile?
        let problem: VectorFileError?
        do {
            stored = try VectorFile.read(directory: contentDirectory)
            problem = nil
        } catch {
            stored = nil
            problem = error
        }
        return (DenseIndexBuild(documents: documents, embedder: embedder, stored: stored), problem)
    }
}
