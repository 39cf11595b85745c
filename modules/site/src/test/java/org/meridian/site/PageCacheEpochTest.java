package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCacheEpochTest {

  private final PageCache cache = new PageCache(1);
  private final PageCache.Key gambiaHome = new PageCache.Key("gambia", "/gambia", "/en/");
  private final CachedPage page =
      new CachedPage(new byte[] {1}, "text/html", "\"x\"", Instant.now());

  @Test
  void aPageRenderedBeforeItsOfficeWasDroppedIsNotKept() {
    long epoch = cache.epoch("gambia");
    cache.forget("gambia");
    cache.put(gambiaHome, page, epoch);
    assertThat(cache.get(gambiaHome)).isEmpty();
  }

  @Test
  void dropsOfOtherOfficesOrNoneLetItBeKept() {
    long epoch = cache.epoch("gambia");
    cache.forget("senegal");
    cache.put(gambiaHome, page, epoch);
    assertThat(cache.get(gambiaHome)).contains(page);
  }

  @Test
  void droppingEverythingCountsForEveryOffice() {
    long epoch = cache.epoch("gambia");
    cache.forgetAll();
    cache.put(gambiaHome, page, epoch);
    assertThat(cache.get(gambiaHome)).isEmpty();
  }

  @Test
  void theSyncDropsWhatMovedElsewhereButNotOnItsFirstLook() {
    CacheSync sync = new CacheSync(cache);
    cache.put(gambiaHome, page);
    sync.apply(java.util.Map.of("gambia", 3L, "senegal", 1L));
    assertThat(cache.get(gambiaHome)).as("first look only learns").contains(page);
    sync.apply(java.util.Map.of("gambia", 3L, "senegal", 2L));
    assertThat(cache.get(gambiaHome)).contains(page);
    sync.apply(java.util.Map.of("gambia", 4L, "senegal", 2L));
    assertThat(cache.get(gambiaHome)).isEmpty();
    cache.put(gambiaHome, page);
    sync.apply(java.util.Map.of("gambia", 4L, "senegal", 2L, "*", 1L));
    assertThat(cache.get(gambiaHome)).as("a new row is news too").isEmpty();
  }

  @Test
  void theLastGoodPageOfAnAddressOutlivesTheDropsOfItsOffice() {
    PageCache.Key address = new PageCache.Key("gambia", "/gambia", "/en/about-us");
    cache.put(gambiaHome, page);
    cache.keepLastGood(address, page);
    cache.forget("gambia");
    cache.forgetAll();
    assertThat(cache.get(gambiaHome)).isEmpty();
    assertThat(cache.lastGood(address)).as("kept for when the database is away").contains(page);
    CachedPage newer = new CachedPage(new byte[] {2}, "text/html", "\"y\"", Instant.now());
    cache.keepLastGood(address, newer);
    assertThat(cache.lastGood(address)).contains(newer);
  }

  @Test
  void noPageIsKeptWithoutABudget() {
    PageCache none = new PageCache(0);
    none.keepLastGood(gambiaHome, page);
    none.cleanUp();
    assertThat(none.lastGood(gambiaHome)).isEmpty();
  }
}
