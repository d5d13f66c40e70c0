"""Dialogs of the main window: Settings, About."""
