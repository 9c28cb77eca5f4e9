import Charts
import NumericCore

/// The book's shopping graphs (ch. 5.2–5.4): the price of apples (and oranges) with tax.
enum AppleExample: Int, CaseIterable {
    /// 2 apples at 100 with tax 1.1 → 220.
    case apple
    /// 2 apples at 100 and 3 oranges at 150, tax 1.1 → 715.
    case appleOrange

    /// The choice name (`--set example=apple-orange`).
    var name: String { self == .apple ? "apple" : "apple-orange" }

    /// The inputs the learner edits, with their knob labels (in the current language), in
    /// panel order.
    var inputs: [(name: String, label: String)] {
        let apple = [("apple", tr("apple price", "苹果单价")), ("apple_num", tr("apples bought", "苹果个数"))]
        let orange = [("orange", tr("orange price", "橘子单价")), ("orange_num", tr("oranges bought", "橘子个数"))]
        return (self == .apple ? apple : apple + orange) + [("tax", tr("tax", "消费税"))]
    }

    /// The book's starting values.
    static let defaults: [String: Double] = ["apple": 100, "apple_num": 2, "orange": 150, "orange_num": 3, "tax": 1.1]

    /// One-letter names for the diagram when the full ones do not fit (the text says which is which).
    static let shortNames = ["apple": "a", "apple_num": "n", "orange": "o", "orange_num": "m", "tax": "t"]

    /// The graph, with inputs at `values` (missing ones at the book's values), built as the
    /// book's `buy_apple.py` / `buy_apple_orange.py` do with multiply and add layers.
    func graph(values: [String: Double]) -> ComputationGraph {
        func input(_ name: String) -> Value { Value(values[name] ?? Self.defaults[name]!, label: name) }
        let apple = input("apple"), appleNum = input("apple_num")
        let applePrice = (apple * appleNum).labeled("apple_price")
        switch self {
        case .apple:
            let tax = input("tax")
            return ComputationGraph(output: (applePrice * tax).labeled("price"))
        case .appleOrange:
            let orange = input("orange"), orangeNum = input("orange_num")
            let orangePrice = (orange * orangeNum).labeled("orange_price")
            let allPrice = (applePrice + orangePrice).labeled("all_price")
            let tax = input("tax")
            return ComputationGraph(output: (allPrice * tax).labeled("price"))
        }
    }
}
