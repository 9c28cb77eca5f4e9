/// The CRC-32 checksum of gzip, zip and PNG (reflected polynomial 0xEDB88320,
/// initial value and final XOR 0xFFFFFFFF). gzip stores it to catch corrupted files.
public enum CRC32 {
    /// The byte-at-a-time lookup table: entry `b` is the CRC register after shifting in byte `b`.
    static let table: [UInt32] = (0..<256).map { byte in
        var register = UInt32(byte)
        for _ in 0..<8 {
            register = (register & 1) != 0 ? (register >> 1) ^ 0xEDB8_8320 : register >> 1
        }
        return register
    }

    /// The CRC-32 of `bytes` (the check value of "123456789" is 0xCBF43926).
    public static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        update(0, bytes)
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { update(0, $0) }
    }

    /// Continues a running CRC-32 `crc` (0 for an empty prefix) over `bytes`.
    public static func update(_ crc: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        table.withUnsafeBufferPointer { lookup in
            var register = ~crc
            for byte in bytes {
                register = lookup[Int((register ^ UInt32(byte)) & 0xFF)] ^ (register >> 8)
            }
            return ~register
        }
    }
}
