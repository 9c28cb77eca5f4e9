@testable import NumericCore

/// Builds gzip files whose DEFLATE stream is written by hand (RFC 1951), for the bomb tests:
/// a stored block holding `prefix` (an IDX header), then one fixed-Huffman block of `zeros`
/// zero bytes — a literal 0, then back-references of length 258 at distance 1, 13 bits
/// each — and optionally a block of the invalid type 3 after it, which a decoder only
/// reports if it inflates that far.
enum GzipBomb {
    /// The gzip bytes. `validTrailer` computes the real CRC-32 and length (slow for a
    /// gigabyte: use it for small files); otherwise the trailer is zeros.
    static func make(prefix: [UInt8], zeros: Int, thenInvalidBlock: Bool = false, validTrailer: Bool = false) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]
        // Stored block, not final: BFINAL 0, BTYPE 00, padding to the byte, LEN, NLEN, bytes.
        out += [0, UInt8(prefix.count & 0xFF), UInt8(prefix.count >> 8),
                UInt8(~prefix.count & 0xFF), UInt8((~prefix.count >> 8) & 0xFF)] + prefix
        var bits = BitWriter()
        bits.write(thenInvalidBlock ? 0 : 1, count: 1)  // BFINAL
        bits.write(1, count: 2)                          // BTYPE 01: fixed Huffman
        var left = zeros
        if left > 0 {
            bits.writeCode(0x30, length: 8)  // literal 0
            left -= 1
        }
        // Back-references in groups of 8 (104 bits = 13 whole bytes once the writer is on a
        // byte boundary), so a gigabyte is a repeated 13-byte chunk, not 4 million writes.
        while left >= 258 && bits.bitCount % 8 != 0 {
            bits.writeMatch258()
            left -= 258
        }
        var chunkWriter = BitWriter()
        for _ in 0..<8 { chunkWriter.writeMatch258() }
        let chunk = chunkWriter.bytes
        let groups = left / (8 * 258)
        bits.bytes.reserveCapacity(bits.bytes.count + groups * chunk.count + 64)
        for _ in 0..<groups { bits.bytes += chunk }
        bits.bitCount += groups * 104
        left -= groups * 8 * 258
        while left >= 258 {
            bits.writeMatch258()
            left -= 258
        }
        for _ in 0..<left { bits.writeCode(0x30, length: 8) }
        bits.writeCode(0, length: 7)  // end of block (256)
        if thenInvalidBlock {
            bits.write(1, count: 1)
            bits.write(3, count: 2)   // BTYPE 11: invalid
        }
        out += bits.bytes
        var crc: UInt32 = 0, size: UInt32 = 0
        if validTrailer {
            let data = prefix + [UInt8](repeating: 0, count: zeros)
            crc = CRC32.checksum(data)
            size = UInt32(truncatingIfNeeded: data.count)
        }
        for value in [crc, size] {
            out += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
        }
        return out
    }

    /// Packs bits least significant first, as DEFLATE reads them.
    struct BitWriter {
        var bytes: [UInt8] = []
        var bitCount = 0

        /// `count` bits of `value`, lowest first (header fields, extra bits).
        mutating func write(_ value: Int, count: Int) {
            for i in 0..<count {
                if bitCount % 8 == 0 { bytes.append(0) }
                bytes[bytes.count - 1] |= UInt8((value >> i) & 1) << UInt8(bitCount % 8)
                bitCount += 1
            }
        }

        /// A Huffman code, most significant bit first (RFC 1951 §3.1.1).
        mutating func writeCode(_ code: Int, length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { write((code >> i) & 1, count: 1) }
        }

        /// Length 258 (symbol 285: fixed code 11000101) at distance 1 (distance code 0: 00000).
        mutating func writeMatch258() {
            writeCode(0xC5, length: 8)
            writeCode(0, length: 5)
        }
    }
}
