import Charts

/// How the lessons that train on digits name their data and say why MNIST is not used, in
/// the current language: one wording for every lesson (NumericCore's `DigitsSource` gives
/// the facts — its `sourceName` and the loader's `problem` — in English only, since the core
/// knows nothing of languages).
public enum DataNotice {
    /// "MNIST not loaded (REASON): using synthetic digits" / "未能加载 MNIST（REASON），改用合成数字";
    /// the reason (a file name, the loader's error) stays as the data layer wrote it.
    public static func mnistNotLoaded(reason: String) -> String {
        tr("MNIST not loaded (\(reason)): using synthetic digits", "未能加载 MNIST（\(reason)），改用合成数字")
    }

    /// A data source's name: "MNIST" as it is, "synthetic digits" as 合成数字 in Chinese.
    public static func sourceName(_ name: String) -> String {
        name == "synthetic digits" ? tr(name, "合成数字") : name
    }
}
