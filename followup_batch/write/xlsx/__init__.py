"""The xlsx package editor: changes only the tool's cells and parts."""
