package org.meridian.content.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridian.content.media.MediaStore;

/** What every {@link MediaStore} does; each implementation's test runs it. */
abstract class MediaStoreContract {

  abstract MediaStore store();

  @Test
  void keepsWhatIsPutUnderItsKey() {
    MediaStore store = store();
    store.put("1/10/original", new byte[] {1, 2, 3});
    store.put("1/10/w320", new byte[] {4});

    assertThat(store.get("1/10/original"))
        .hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    assertThat(store.get("1/10/w320")).hasValueSatisfying(b -> assertThat(b).containsExactly(4));
  }

  @Test
  void putReplaces() {
    MediaStore store = store();
    store.put("1/11/original", new byte[] {1});
    store.put("1/11/original", new byte[] {2, 2});

    assertThat(store.get("1/11/original"))
        .hasValueSatisfying(b -> assertThat(b).containsExactly(2, 2));
  }

  @Test
  void deleteForgetsAndAMissingKeyIsEmpty() {
    MediaStore store = store();
    store.put("1/12/original", new byte[] {1});
    store.delete("1/12/original");
    store.delete("1/12/never-there");

    assertThat(store.get("1/12/original")).isEmpty();
    assertThat(store.get("9/99/original")).isEmpty();
  }

  @Test
  void keepsLargeFilesWhole() {
    byte[] large = new byte[3 * 1024 * 1024 + 7];
    new java.util.Random(4).nextBytes(large);
    store().put("1/13/original", large);

    assertThat(store().get("1/13/original"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(large));
  }

  @Test
  void refusesKeysThatCouldEscape() {
    MediaStore store = store();
    for (String key : new String[] {"../x", "1/../../etc", "/abs", "a\\b", "A/B", ""}) {
      assertThatThrownBy(() -> store.put(key, new byte[] {1}))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
