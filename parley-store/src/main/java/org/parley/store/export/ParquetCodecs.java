package org.parley.store.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop. parquet-hadoop's own {@code CodecFactory} is built on Hadoop's codec classes;
 * this one does the three codecs Parley writes with snappy-java (raw Snappy blocks, as Parquet's SNAPPY is) and the
 * JDK's gzip, so writing a Parquet file needs no Hadoop jar at run time.
 */
final class ParquetCodecs implements CompressionCodecFactory {

  static CompressionCodecName codecOf(ParquetCompression c) {
    return switch (c) {
      case SNAPPY -> CompressionCodecName.SNAPPY;
      case GZIP -> CompressionCodecName.GZIP;
      case NONE -> CompressionCodecName.UNCOMPRESSED;
    };
  }

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    checkSupported(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return switch (codec) {
          case SNAPPY -> BytesInput.from(Snappy.compress(toBytes(bytes)));
          case GZIP -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(bytes.size() / 2 + 64, 1 << 20));
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
              bytes.writeAllTo(gz);
            }
            yield BytesInput.from(buf.toByteArray());
          }
          default -> bytes;
        };
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    checkSupported(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
        return BytesInput.from(uncompress(codec, toBytes(bytes), decompressedSize));
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
          throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        output.put(uncompress(codec, in, decompressedSize));
      }

      @Override
      public void release() {}
    };
  }

  private static byte[] uncompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
    byte[] out = switch (codec) {
      case SNAPPY -> Snappy.uncompress(in);
      case GZIP -> {
        try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
          yield gz.readNBytes(size);
        }
      }
      default -> in;
    };
    if (out.length != size) {
      throw new IOException("corrupt " + codec + " page: " + out.length + " bytes, expected " + size);
    }
    return out;
  }

  /** The bytes of a page (BytesInput's own toByteArray is deprecated). */
  static byte[] toBytes(BytesInput bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.toIntExact(bytes.size()));
    bytes.writeAllTo(out);
    return out.toByteArray();
  }

  private static void checkSupported(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY && codec != CompressionCodecName.GZIP
        && codec != CompressionCodecName.UNCOMPRESSED) {
      throw new IllegalArgumentException("Parquet codec " + codec + " is not supported (use snappy, gzip or none)");
    }
  }

  @Override
  public void release() {}
}
