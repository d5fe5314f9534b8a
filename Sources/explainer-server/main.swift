print("explainer-server: not yet wired")
