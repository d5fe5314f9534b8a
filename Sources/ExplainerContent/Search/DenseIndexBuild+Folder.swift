extension DenseIndexBuild {
    /// The loader a server calls at start-up and on reload: the vectors stored in the content
    /// folder's `vectors.bin` where they still match, the model for the rest.
    ///
    /// `reused` and `embedded` say how many texts were taken and how many were embedded again (0 on
    /// a folder that `explainer-server index` has just written). A missing file means every text is
    /// embedded; an unreadable, oversized or malformed one too, and it is returned as `storedProblem`
    /// for the log, never thrown: stored vectors only save time. The folder's `search-questions.json`,
    /// when there is one, adds its questions to the documents (`SearchQuestions`).
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
        // Questions only add vectors: a broken file is left out, and `check` reports it.
        let questions = (try? SearchQuestions.read(directory: contentDirectory)) ?? nil
        let expanded = questions?.attached(to: documents) ?? documents
        return (DenseIndexBuild(documents: expanded, embedder: embedder, stored: stored), problem)
    }
}
