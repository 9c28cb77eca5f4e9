import LessonKit
import NumericCore

/// The headless form of a surface race: for each racing optimizer its name, hyperparameters
/// and every point of its path at full precision (steps + 1 points: the start and one per
/// step; fewer when it diverged), plus the standings.
struct SurfaceRaceExport {
    let race: SurfaceRace

    func export() -> CellExport {
        let surface = race.surface
        let optimizers: [ExportValue] = race.runs.map { run in
            let s = run.settings
            return .object([
                ("name", .string(s.kind.displayName)),
                ("kind", .string(s.kind.rawValue)),
                ("hyperparameters", .object(s.hyperparameters.map { ($0.0, .number($0.1)) })),
                ("steps", .integer(run.steps)),
                ("diverged_at", run.divergedAt.map(ExportValue.integer) ?? .null),
                ("trajectory", .array(run.path.map { .array([.number($0.x), .number($0.y)]) })),
                ("f", .array(run.path.map { .number(surface.value(at: $0)) })),
            ])
        }
        let standings: [ExportValue] = race.standings.map { row in
            .object([
                ("name", .string(row.settings.kind.displayName)),
                ("f", .number(row.loss)),
                ("distance", row.distance.map(ExportValue.number) ?? .null),
                ("within_epsilon_at", row.withinStep.map(ExportValue.integer) ?? .null),
                ("diverged_at", row.divergedAt.map(ExportValue.integer) ?? .null),
            ])
        }
        let json: ExportValue = .object([
            ("surface", .string(race.preset.name)),
            ("formula", .string(surface.formula)),
            ("start", .array([.number(race.start.x), .number(race.start.y)])),
            ("minimum", surface.minimum.map { .array([.number($0.x), .number($0.y)]) } ?? .null),
            ("steps", .integer(race.clock)),
            ("planned", .integer(race.planned)),
            ("epsilon", .number(race.epsilon)),
            ("optimizers", .array(optimizers)),
            ("standings", .array(standings)),
        ])
        var rows: [[ExportValue]] = []
        for run in race.runs {
            for (k, p) in run.path.enumerated() {
                rows.append([.string(run.settings.kind.rawValue), .integer(k), .number(p.x), .number(p.y), .number(surface.value(at: p))])
            }
        }
        return CellExport(name: "surface race", json: json, tables: [
            ExportTable(name: "trajectories on \(race.preset.name)", columns: ["optimizer", "step", "x", "y", "f"], rows: rows),
        ])
    }
}
