// Module Charts: see Package.swift for its role.
