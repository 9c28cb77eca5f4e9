/// A canonical Huffman code (RFC 1951 §3.2.2) as a direct lookup table: index it with the
/// next `maxLength` input bits and get `symbol << 4 | codeLength`, or 0 for a bit pattern
/// that starts no code (an incomplete code).
struct HuffmanTable {
    /// 2^maxLength entries of `symbol << 4 | length`.
    private(set) var entries: [UInt16]
    /// The longest code length (0 when no symbol has a code).
    let maxLength: Int

    /// The table for the code with the given code lengths (0 = symbol unused).
    /// Throws when the lengths over-subscribe the code space (no prefix code has them).
    init(lengths: [UInt8]) throws {
        var countOfLength = [Int](repeating: 0, count: 16)
        for length in lengths {
            guard length <= 15 else { throw GzipError.inflate("code length \(length) exceeds 15") }
            countOfLength[Int(length)] += 1
        }
        var unusedCodes = 1
        for length in 1...15 {
            unusedCodes = unusedCodes * 2 - countOfLength[length]
            if unusedCodes < 0 { throw GzipError.inflate("over-subscribed Huffman code") }
        }
        self.init(validLengths: lengths)
    }

    /// The table for code lengths already known to be valid (each ≤ 15, not over-subscribed),
    /// such as the fixed codes.
    init(validLengths lengths: [UInt8]) {
        var countOfLength = [Int](repeating: 0, count: 16)
        for length in lengths { countOfLength[Int(length)] += 1 }
        countOfLength[0] = 0
        var maxLength = 0
        for length in 1...15 where countOfLength[length] > 0 { maxLength = length }
        self.maxLength = maxLength

        // The first code of each length, as in RFC 1951's construction.
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + countOfLength[length - 1]) << 1
            nextCode[length] = code
        }
        let size = 1 << maxLength
        var entries = [UInt16](repeating: 0, count: size)
        entries.withUnsafeMutableBufferPointer { table in
            for (symbol, lengthByte) in lengths.enumerated() where lengthByte != 0 {
                let length = Int(lengthByte)
                let code = nextCode[length]
                nextCode[length] += 1
                // Codes are sent most significant bit first, the reader sees bits LSB-first:
                // index the table by the bit-reversed code.
                var reversed = 0
                for bit in 0..<length where (code >> bit) & 1 != 0 { reversed |= 1 << (length - 1 - bit) }
                let entry = UInt16(truncatingIfNeeded: symbol << 4 | length)
                var index = reversed
                while index < size {
                    table[index] = entry
                    index &+= 1 << length
                }
            }
        }
        self.entries = entries
    }
}
