// Module TerminalUI: see Package.swift for its role.
