/// gzip files (RFC 1952) without a zlib dependency: `decompress` reads any gzip file
/// (header flags FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT; several members in a row) and checks
/// each member's CRC-32 and length; `compress` writes a valid gzip file of stored
/// (uncompressed) DEFLATE blocks, which is enough for round-trip tests and exports.
public enum Gzip {
    /// The largest output `decompress` produces unless told otherwise (1 GiB; the MNIST
    /// training images are 47 MB).
    public static let defaultLimit = 1 << 30

    private static let textFlag: UInt8 = 1, headerCRCFlag: UInt8 = 2, extraFlag: UInt8 = 4
    private static let nameFlag: UInt8 = 8, commentFlag: UInt8 = 16

    /// True when `bytes` starts with the gzip magic bytes 1F 8B.
    public static func hasGzipMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed contents of the gzip data `bytes`.
    /// - Parameter limit: the most output bytes allowed (guards against gzip bombs): the
    ///   inflater stops at the first byte past it and throws `GzipError.tooLarge`.
    /// - Throws: `GzipError` naming what is damaged.
    public static func decompress(_ bytes: [UInt8], limit: Int = defaultLimit) throws -> [UInt8] {
        var output: [UInt8] = []
        try bytes.withUnsafeBufferPointer { input in
            try decompressMembers(input, into: &output, limit: limit)
        }
        return output
    }

    /// The first `count` decompressed bytes of the gzip data `bytes` (all of them when there
    /// are fewer), inflating no further: reading an IDX header this way costs the header, not
    /// the file. The CRC-32 of a member is checked only when the member is read to its end.
    /// - Throws: `GzipError` for damage found in the part that was read.
    public static func decompressPrefix(_ bytes: [UInt8], count: Int) throws -> [UInt8] {
        var output: [UInt8] = []
        do {
            try bytes.withUnsafeBufferPointer { input in
                try decompressMembers(input, into: &output, limit: max(0, count), stopsWhenFull: true)
            }
        } catch GzipError.tooLarge {
            // The inflater stopped with exactly `count` bytes in `output`: the prefix asked for.
        }
        return output
    }

    /// Appends every member of `input` to `output`, stopping at `limit` output bytes (with
    /// `stopsWhenFull`, as soon as `output` holds them: see `Inflate.decompress`).
    private static func decompressMembers(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
                                          limit: Int, stopsWhenFull: Bool = false) throws {
        var position = 0
        repeat {
            if stopsWhenFull && position > 0 && output.count >= limit { throw GzipError.tooLarge(limit: limit) }
            position = try decompressMember(input, start: position, into: &output, limit: limit,
                                            stopsWhenFull: stopsWhenFull)
            // Trailing zero bytes (padding some tools add) end the file; anything else must be a new member.
            if input[position...].allSatisfy({ $0 == 0 }) { break }
        } while true
    }

    /// One gzip member starting at `start` (header, DEFLATE stream, CRC-32 and ISIZE
    /// trailer), appended to `output`; returns the index of the byte after the member.
    private static func decompressMember(_ input: UnsafeBufferPointer<UInt8>, start: Int,
                                         into output: inout [UInt8], limit: Int,
                                         stopsWhenFull: Bool) throws -> Int {
        let count = input.count
        if count - start >= 2, input[start] != 0x1F || input[start + 1] != 0x8B {
            throw GzipError.badHeader("not gzip data (magic bytes \(hexByte(input[start])) \(hexByte(input[start + 1])), expected 1F 8B)")
        }
        guard count - start >= 10 else { throw GzipError.badHeader("the file is shorter than a gzip header") }
        guard input[start + 2] == 8 else { throw GzipError.badHeader("unknown compression method \(input[start + 2])") }
        let flags = input[start + 3]
        guard flags & 0xE0 == 0 else { throw GzipError.badHeader("reserved flag bits set (\(hexByte(flags)))") }
        var position = start + 10
        if flags & extraFlag != 0 {
            guard count - position >= 2 else { throw GzipError.badHeader("the extra field is cut off") }
            let extraLength = Int(input[position]) | Int(input[position + 1]) << 8
            guard count - position - 2 >= extraLength else { throw GzipError.badHeader("the extra field is cut off") }
            position += 2 + extraLength
        }
        for (flag, field) in [(nameFlag, "file name"), (commentFlag, "comment")] where flags & flag != 0 {
            guard let zero = input[position...].firstIndex(of: 0) else {
                throw GzipError.badHeader("the \(field) has no terminating zero byte")
            }
            position = zero + 1
        }
        if flags & headerCRCFlag != 0 {
            guard count - position >= 2 else { throw GzipError.badHeader("the header CRC is cut off") }
            let stored = UInt32(input[position]) | UInt32(input[position + 1]) << 8
            let computed = CRC32.checksum(UnsafeBufferPointer(rebasing: input[start..<position])) & 0xFFFF
            guard stored == computed else {
                throw GzipError.badHeader("header CRC \(DataError.hex(stored)) does not match \(DataError.hex(computed))")
            }
            position += 2
        }
        // ISIZE (the last four bytes, if this is the only member) only sizes the buffer, and is
        // not trusted beyond DEFLATE's best ratio (a 258-byte match in under 2 bits: < 1032:1)
        // nor beyond the limit.
        let claimed = count >= 4 ? Int(readLittleEndian32(input, at: count - 4)) : 0
        let hint = min(claimed, (count - position) * 1032, max(0, limit - output.count))
        output.reserveCapacity(output.count + hint)
        let memberStart = output.count
        let end = try Inflate.decompress(input, start: position, into: &output, limit: max(0, limit),
                                         stopsWhenFull: stopsWhenFull)
        guard count - end >= 8 else { throw GzipError.truncated("the 8-byte CRC-32 and length trailer is missing") }
        let storedCRC = readLittleEndian32(input, at: end)
        let storedSize = readLittleEndian32(input, at: end + 4)
        let crc = output.withUnsafeBufferPointer { CRC32.checksum(UnsafeBufferPointer(rebasing: $0[memberStart...])) }
        guard crc == storedCRC else { throw GzipError.crcMismatch(stored: storedCRC, computed: crc) }
        let size = UInt32(truncatingIfNeeded: output.count - memberStart)
        guard size == storedSize else { throw GzipError.sizeMismatch(stored: storedSize, computed: size) }
        return end + 8
    }

    /// `bytes` as a gzip file of stored DEFLATE blocks (no compression: the output is
    /// 18 bytes of header and trailer plus 5 bytes per 64 KiB block larger than the input).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]  // no flags, no mtime, OS unknown
        out.reserveCapacity(bytes.count + bytes.count / 65535 * 5 + 30)
        var start = 0
        repeat {
            let length = min(65535, bytes.count - start)
            let isFinal = start + length == bytes.count
            out.append(isFinal ? 1 : 0)  // BFINAL, BTYPE 00, then padding to the byte
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8),
                                    UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            out.append(contentsOf: bytes[start..<(start + length)])
            start += length
        } while start < bytes.count
        appendLittleEndian32(&out, CRC32.checksum(bytes))
        appendLittleEndian32(&out, UInt32(truncatingIfNeeded: bytes.count))
        return out
    }

    private static func readLittleEndian32(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        UInt32(input[i]) | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2]) << 16 | UInt32(input[i + 3]) << 24
    }

    private static func appendLittleEndian32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
