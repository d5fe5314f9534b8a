// ExplainerContent
