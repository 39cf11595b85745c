package org.meridian.content.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.tenancy.office.LanguageTag;

class MenuItemTest {

  private static MenuItem entry() {
    return new MenuItem(
        MenuName.MAIN, new LanguageTag("en"), null, 0, "Partners", null, "https://example.org");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://x"})
  void aDangerousAddressIsRefusedOnTheAddressAndNothingChanges(String address) {
    MenuItem entry = entry();
    assertThatThrownBy(() -> entry.lead(null, address))
        .isInstanceOfSatisfying(
            MenuRefusedException.class,
            e -> assertThat(e.field()).isEqualTo(MenuRefusedException.Field.ADDRESS));
    assertThat(entry.url()).isEqualTo("https://example.org");
  }

  @Test
  void aNewEntryWithADangerousAddressIsRefused() {
    assertThatThrownBy(
            () ->
                new MenuItem(
                    MenuName.MAIN, new LanguageTag("en"), null, 0, "x", null, "javascript:x()"))
        .isInstanceOf(MenuRefusedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aLabelIsRequired(String label) {
    MenuItem entry = entry();
    assertThatThrownBy(() -> entry.rename(label))
        .isInstanceOfSatisfying(
            MenuRefusedException.class,
            e -> assertThat(e.field()).isEqualTo(MenuRefusedException.Field.LABEL));
    assertThat(entry.label()).isEqualTo("Partners");
  }

  @Test
  void aLabelIsAtMost120Characters() {
    assertThatThrownBy(() -> entry().rename("x".repeat(MenuItem.MAX_LABEL + 1)))
        .isInstanceOf(MenuRefusedException.class);
    MenuItem entry = entry();
    entry.rename("  Our partners ");
    assertThat(entry.label()).isEqualTo("Our partners");
  }

  @Test
  void anEntryWithoutTargetOrAddressIsAHeading() {
    MenuItem entry = entry();
    entry.lead(null, null);
    assertThat(entry.url()).isNull();
    assertThat(entry.target()).isNull();
  }

  @Test
  void anEntryDoesNotGoUnderANestedEntryNorUnderItself() {
    MenuItem top = entry();
    MenuItem child =
        new MenuItem(MenuName.MAIN, new LanguageTag("en"), top, 0, "Child", null, null);
    MenuItem other = entry();
    assertThatThrownBy(() -> other.place(child, 0)).hasMessageContaining("two levels");
    assertThatThrownBy(() -> top.place(top, 0)).hasMessageContaining("two levels");
  }
}
