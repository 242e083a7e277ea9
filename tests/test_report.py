"""jobs/report.sh in headless Chromium: loads without console errors, every chart draws, crawled
strings stay text. Keeps a screenshot as a test artifact (target/report-screenshot.png)."""

import os
import pathlib
import shutil
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PROJECT, run

HOSTILE_TITLE = '<script>window.__pwned = 1</script>重庆发布<img src=x onerror="window.__pwned = 2">'
HOSTILE_SOURCE = "<b>某某日报</b>"
CHARTS = ["top-regions", "province-grid", "timelines", "network"]


def chromium_paths():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    if not browser or not os.path.exists(driver):
        pytest.fail("chromium and chromium-driver are needed: jobs/lib/python.sh --browser installs them")
    return browser, driver


@pytest.fixture(scope="module")
def report(warehouse, tmp_path_factory, artifacts):
    """A copy of the sample warehouse with one hostile document on top, and its report."""
    w = tmp_path_factory.mktemp("hostile") / "warehouse"
    shutil.copytree(warehouse, w)
    title = HOSTILE_TITLE.replace("'", "\\'")
    run(PROJECT / "jobs" / "sql.sh", "--warehouse", w, f"""
        INSERT INTO documents
        SELECT concat('hostile-', doc_id), page_id, 'javascript:window.__pwned = 3', site, '{title}', published_at,
               date_add(published_date, 1), date_source, '{HOSTILE_SOURCE}', author, original_script, text, char_count,
               flags, keywords, concat('hostile-', content_hash), concat('hostile-', coalesce(story_id, doc_id)), true, run_id
        FROM documents WHERE published_date IS NOT NULL ORDER BY published_date DESC, doc_id LIMIT 1""")
    out = artifacts / "report-test.html"
    done = run(PROJECT / "jobs" / "report.sh", "--warehouse", w, "--out", out)
    assert "wrote" in done.stdout
    return out


@pytest.fixture(scope="module")
def page(report, artifacts):
    browser, driver_path = chromium_paths()
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager fetch a driver
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    profile = tempfile.mkdtemp(prefix="rp-chromium-")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", "--window-size=1400,1000", "--lang=zh-CN"]:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    try:
        driver.get(report.as_uri())
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.documentElement.dataset.rpCharts"))
        WebDriverWait(driver, 60).until(lambda d: all(painted(d, c) > 500 for c in CHARTS))
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1400, height + 40)
        driver.save_screenshot(str(artifacts / "report-screenshot.png"))
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def painted(driver, chart_id) -> int:
    """Non-transparent pixels on the chart's canvas."""
    return driver.execute_script("""
        var c = document.querySelector('#' + arguments[0] + ' canvas');
        if (!c || !c.width) { return 0; }
        var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
        for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
        return n;""", chart_id)


def test_loads_without_console_errors(page):
    errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


@pytest.mark.parametrize("chart", CHARTS)
def test_draws_every_chart(page, chart):
    assert painted(page, chart) > 500


def test_shows_a_hostile_title_as_text(page):
    assert page.execute_script("return window.__pwned") is None
    table = page.find_element(By.ID, "latest-documents").text
    assert "<script>window.__pwned = 1</script>重庆发布" in table
    assert HOSTILE_SOURCE in table
    assert page.find_elements(By.CSS_SELECTOR, "#latest-documents img") == []
    links = [a.get_attribute("href") for a in page.find_elements(By.CSS_SELECTOR, "#latest-documents a")]
    assert not any(h.startswith("javascript:") for h in links)


def test_shows_headline_counts_and_tables(page):
    cards = page.find_elements(By.CSS_SELECTOR, ".card .value")
    assert len(cards) == 5
    assert int(cards[0].text.replace(",", "")) > 0
    assert page.find_elements(By.CSS_SELECTOR, "#latest-metrics tbody tr")


def test_keeps_a_screenshot(page, artifacts):
    shot = artifacts / "report-screenshot.png"
    assert shot.stat().st_size > 50_000
