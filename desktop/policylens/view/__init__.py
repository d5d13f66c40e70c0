"""Display logic without Qt (DESIGN.md): what the window, the PDF and the CLI show alike."""
