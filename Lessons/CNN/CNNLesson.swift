// The CNN lesson module: under construction, not registered in Sources/nnbook/Lessons.swift yet.
