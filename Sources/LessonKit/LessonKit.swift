// Module LessonKit: see Package.swift for its role.
