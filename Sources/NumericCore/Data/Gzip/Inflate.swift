/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
/// Written for nnbook's dataset loader (MNIST ships as .gz); it checks every length,
/// distance and code against the data so a damaged stream throws instead of crashing.
enum Inflate {
    /// Decompresses the raw DEFLATE stream that starts at byte `start` of `input`, appending
    /// to `output` (which may already hold earlier gzip members: back-references never reach
    /// into them, since each stream starts at `output`'s count on entry).
    /// - Parameter limit: the most bytes `output` may hold. Going past it throws
    ///   `GzipError.tooLarge` at once, with `output` then holding exactly its first `limit`
    ///   bytes: the decoder never inflates a byte beyond the limit, so a caller that only
    ///   wants a prefix (an IDX header) can ask for it without inflating the rest.
    /// - Parameter stopsWhenFull: also throw `tooLarge` as soon as `output` holds `limit`
    ///   bytes at a block boundary, without reading the next block (for a prefix: what
    ///   follows it is not looked at).
    /// - Returns: the index of the first byte after the stream.
    static func decompress(_ input: UnsafeBufferPointer<UInt8>, start: Int, into output: inout [UInt8],
                           limit: Int, stopsWhenFull: Bool = false) throws -> Int {
        var reader = BitReader(input, start: start)
        let streamStart = output.count
        var isFinal = false
        while !isFinal {
            if stopsWhenFull && output.count >= limit { throw GzipError.tooLarge(limit: limit) }
            isFinal = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStoredBlock(&reader, into: &output, limit: limit)
            case 1: try decodeBlock(&reader, FixedCodes.literalLength, FixedCodes.distance, into: &output,
                                    streamStart: streamStart, limit: limit)
            case 2:
                let (literalLength, distance) = try readDynamicCodes(&reader)
                try decodeBlock(&reader, literalLength, distance, into: &output, streamStart: streamStart, limit: limit)
            default: throw GzipError.inflate("invalid block type 3")
            }
        }
        reader.alignToByte()
        return reader.bytePosition
    }

    /// A stored block: LEN, its complement NLEN, then LEN raw bytes.
    private static func copyStoredBlock(_ reader: inout BitReader, into output: inout [UInt8], limit: Int) throws {
        reader.alignToByte()
        let length = try reader.bits(16)
        let complement = try reader.bits(16)
        guard length == (~complement & 0xFFFF) else {
            throw GzipError.inflate("stored block length \(length) does not match its complement")
        }
        let start = reader.bytePosition
        guard reader.input.count - start >= length else {
            throw GzipError.truncated("stored block needs \(length) bytes, \(reader.input.count - start) remain")
        }
        guard output.count <= limit - length else {
            let room = max(0, limit - output.count)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: reader.input[start..<(start + room)]))
            throw GzipError.tooLarge(limit: limit)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: reader.input[start..<(start + length)]))
        reader.seek(toByte: start + length)
    }

    /// The two codes of a dynamic block, read from its header (RFC 1951 §3.2.7).
    private static func readDynamicCodes(_ reader: inout BitReader) throws -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let lengthCodeCount = try reader.bits(4) + 4
        guard literalCount <= 286 else { throw GzipError.inflate("\(literalCount) literal/length codes (at most 286)") }
        guard distanceCount <= 30 else { throw GzipError.inflate("\(distanceCount) distance codes (at most 30)") }

        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var lengthCodeLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<lengthCodeCount { lengthCodeLengths[order[i]] = UInt8(try reader.bits(3)) }
        let lengthCode = try HuffmanTable(lengths: lengthCodeLengths)

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var filled = 0
        try lengthCode.entries.withUnsafeBufferPointer { table in
            while filled < lengths.count {
                let symbol = try reader.decode(table, maxLength: lengthCode.maxLength)
                if symbol < 16 {
                    lengths[filled] = UInt8(symbol)
                    filled += 1
                    continue
                }
                var value: UInt8 = 0
                let repeats: Int
                switch symbol {
                case 16:
                    guard filled > 0 else { throw GzipError.inflate("length repeat with no previous length") }
                    value = lengths[filled - 1]
                    repeats = 3 + (try reader.bits(2))
                case 17: repeats = 3 + (try reader.bits(3))
                default: repeats = 11 + (try reader.bits(7))
                }
                guard filled + repeats <= lengths.count else { throw GzipError.inflate("code lengths overflow the table") }
                for _ in 0..<repeats { lengths[filled] = value; filled += 1 }
            }
        }
        guard lengths[256] != 0 else { throw GzipError.inflate("no code for end-of-block") }
        let literalLength = try HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distance = try HuffmanTable(lengths: Array(lengths[literalCount...]))
        return (literalLength, distance)
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                             3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                                              513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
                                               8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Decodes literals and (length, distance) back-references until end-of-block (256).
    /// A distance may not reach before `streamStart`, where this stream's output starts.
    private static func decodeBlock(_ reader: inout BitReader, _ literalLength: HuffmanTable,
                                    _ distance: HuffmanTable, into output: inout [UInt8],
                                    streamStart: Int, limit: Int) throws {
        let literalMax = literalLength.maxLength, distanceMax = distance.maxLength
        let lengthBase = Self.lengthBase, lengthExtra = Self.lengthExtra
        let distanceBase = Self.distanceBase, distanceExtra = Self.distanceExtra
        try literalLength.entries.withUnsafeBufferPointer { literalTable in
            try distance.entries.withUnsafeBufferPointer { distanceTable in
                while true {
                    let symbol = try reader.decode(literalTable, maxLength: literalMax)
                    if symbol < 256 {
                        guard output.count < limit else { throw GzipError.tooLarge(limit: limit) }
                        output.append(UInt8(truncatingIfNeeded: symbol))
                        continue
                    }
                    if symbol == 256 { return }
                    let lengthIndex = symbol &- 257
                    guard lengthIndex < 29 else { throw GzipError.inflate("invalid length symbol \(symbol)") }
                    let length = lengthBase[lengthIndex] &+ (try reader.bits(lengthExtra[lengthIndex]))
                    let distanceSymbol = try reader.decode(distanceTable, maxLength: distanceMax)
                    guard distanceSymbol < 30 else { throw GzipError.inflate("invalid distance symbol \(distanceSymbol)") }
                    let back = distanceBase[distanceSymbol] &+ (try reader.bits(distanceExtra[distanceSymbol]))
                    guard back <= output.count &- streamStart else {
                        throw GzipError.inflate("distance \(back) reaches before the start of the data")
                    }
                    guard output.count <= limit &- length else {
                        copyMatch(&output, distance: back, length: Swift.max(0, limit &- output.count))
                        throw GzipError.tooLarge(limit: limit)
                    }
                    copyMatch(&output, distance: back, length: length)
                }
            }
        }
    }

    /// Appends `length` bytes copied from `distance` bytes back (the source may overlap
    /// the bytes being written: distance 1 repeats the last byte). Byte by byte on purpose:
    /// appending a slice of `output` to itself would copy the whole array each time.
    @inline(__always)
    private static func copyMatch(_ output: inout [UInt8], distance: Int, length: Int) {
        var from = output.count &- distance
        for _ in 0..<length {
            output.append(output[from])
            from &+= 1
        }
    }
}

/// The fixed Huffman codes of block type 1 (RFC 1951 §3.2.6).
enum FixedCodes {
    /// Literal/length code: 0–143 length 8, 144–255 length 9, 256–279 length 7, 280–287 length 8.
    static let literalLength: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return HuffmanTable(validLengths: lengths)  // a complete code by construction
    }()
    /// Distance code: 32 symbols of length 5 (30 and 31 never occur in valid data).
    static let distance = HuffmanTable(validLengths: [UInt8](repeating: 5, count: 32))
}
