// ExplainerAPI
