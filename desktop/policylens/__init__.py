"""PolicyLens: read, classify, annotate and compare privacy policies in any language."""

__version__ = "0.1.0"
