// Module Bench: see Package.swift for its role.
