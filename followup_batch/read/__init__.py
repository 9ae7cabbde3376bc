"""Read: find tracker files, tell their type by their bytes and refuse what cannot be read,
find the header row, and give the raw cells with their Excel row numbers."""
