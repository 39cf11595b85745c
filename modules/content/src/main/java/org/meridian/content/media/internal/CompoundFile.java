package org.meridian.content.media.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stream names of an OLE2 compound file (the container of Word, Excel and PowerPoint 97-2003
 * files): enough of [MS-CFB] to follow the directory's sector chain. The streams say which kind of
 * document it is ({@code WordDocument}, {@code Workbook}, {@code PowerPoint Document}).
 */
public final class CompoundFile {

  private static final long MAGIC = 0xE11AB1A1E011CFD0L;
  private static final int END_OF_CHAIN = 0xFFFFFFFE;
  private static final int HEADER_DIFAT_ENTRIES = 109;

  private CompoundFile() {}

  public static boolean hasSignature(byte[] bytes) {
    return bytes.length >= 512
        && ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(0) == MAGIC;
  }

  /** The names of the file's streams and storages, or empty when its structure is broken. */
  public static Optional<Set<String>> entryNames(byte[] bytes) {
    if (!hasSignature(bytes)) {
      return Optional.empty();
    }
    ByteBuffer file = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int shift = file.getShort(0x1E) & 0xffff;
    if (shift != 9 && shift != 12) {
      return Optional.empty();
    }
    int sectorSize = 1 << shift;
    int sectorCount = bytes.length / sectorSize;
    List<Integer> fatSectors = fatSectors(file, sectorSize, sectorCount);
    if (fatSectors == null) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    int sector = file.getInt(0x30);
    for (int visited = 0; sector != END_OF_CHAIN; visited++) {
      if (sector < 0 || sector >= sectorCount || visited > sectorCount) {
        return Optional.empty();
      }
      int start = (sector + 1) * sectorSize;
      if (start + sectorSize > bytes.length) {
        return Optional.empty();
      }
      for (int entry = start; entry < start + sectorSize; entry += 128) {
        int nameLength = file.getShort(entry + 64) & 0xffff;
        int type = bytes[entry + 66];
        if (type != 0 && nameLength >= 2 && nameLength <= 64) {
          names.add(new String(bytes, entry, nameLength - 2, StandardCharsets.UTF_16LE));
        }
      }
      Integer next = next(file, fatSectors, sectorSize, sector);
      if (next == null) {
        return Optional.empty();
      }
      sector = next;
    }
    return Optional.of(names);
  }

  /** The sectors holding the allocation table: 109 listed in the header, the rest chained. */
  private static List<Integer> fatSectors(ByteBuffer file, int sectorSize, int sectorCount) {
    int fatCount = file.getInt(0x2C);
    if (fatCount < 0 || fatCount > sectorCount) {
      return null;
    }
    List<Integer> sectors = new ArrayList<>();
    for (int i = 0; i < Math.min(fatCount, HEADER_DIFAT_ENTRIES); i++) {
      sectors.add(file.getInt(0x4C + 4 * i));
    }
    int difat = file.getInt(0x44);
    int perSector = sectorSize / 4 - 1;
    for (int hops = 0; sectors.size() < fatCount && hops <= sectorCount; hops++) {
      if (difat < 0 || difat >= sectorCount) {
        return null;
      }
      int start = (difat + 1) * sectorSize;
      for (int i = 0; i < perSector && sectors.size() < fatCount; i++) {
        sectors.add(file.getInt(start + 4 * i));
      }
      difat = file.getInt(start + 4 * perSector);
    }
    return sectors.size() == fatCount ? sectors : null;
  }

  private static Integer next(ByteBuffer file, List<Integer> fat, int sectorSize, int sector) {
    int perSector = sectorSize / 4;
    int index = sector / perSector;
    if (index >= fat.size()) {
      return null;
    }
    long at = (long) (fat.get(index) + 1) * sectorSize + 4L * (sector % perSector);
    if (fat.get(index) < 0 || at + 4 > file.limit()) {
      return null;
    }
    return file.getInt((int) at);
  }
}
