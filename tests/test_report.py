"""jobs/report.sh in headless Chromium: loads without console errors, every chart draws, crawled
strings stay text. Keeps a screenshot as a test artifact (target/report-screenshot.png)."""

import shutil

import pytest
from selenium.webdriver.common.by import By

from browser import CHARTS, charts_on, console_errors, open_report, painted
from conftest import PROJECT, run

HOSTILE_TITLE = '<script>window.__pwned = 1</script>重庆发布<img src=x onerror="window.__pwned = 2">'
HOSTILE_SOURCE = "<b>某某日报</b>"


@pytest.fixture(scope="module")
def report(warehouse, tmp_path_factory, artifacts):
    """A copy of the sample warehouse with one hostile document on top, and its report."""
    w = tmp_path_factory.mktemp("hostile") / "warehouse"
    shutil.copytree(warehouse, w)
    title = HOSTILE_TITLE.replace("'", "\\'")
    run(PROJECT / "jobs" / "sql.sh", "--warehouse", w, f"""
        INSERT INTO documents BY NAME
        SELECT concat('hostile-', doc_id) AS doc_id, page_id, 'javascript:window.__pwned = 3' AS url, site,
               '{title}' AS title, published_at, date_add(published_date, 1) AS published_date, date_source,
               '{HOSTILE_SOURCE}' AS source_name, author, original_script, text, char_count, flags, keywords,
               concat('hostile-', content_hash) AS content_hash, concat('hostile-', coalesce(story_id, doc_id)) AS story_id,
               true AS is_canonical, run_id, clean_version, extract_version, gazetteer_version
        FROM documents WHERE published_date IS NOT NULL ORDER BY published_date DESC, doc_id LIMIT 1""")
    out = artifacts / "report-test.html"
    done = run(PROJECT / "jobs" / "report.sh", "--warehouse", w, "--out", out)
    assert "wrote" in done.stdout
    return out


@pytest.fixture(scope="module")
def page(report, artifacts):
    try:
        with open_report(report, artifacts / "report-screenshot.png") as driver:
            yield driver
    except RuntimeError as e:
        pytest.fail(str(e))


def test_loads_without_console_errors(page):
    assert console_errors(page) == []


@pytest.mark.parametrize("chart", CHARTS)
def test_draws_every_chart(page, chart):
    assert chart in charts_on(page)
    assert painted(page, chart) > 500


def test_map_says_what_it_counts(page):
    legend = page.execute_script("return window.rpCharts['province-map'].getOption().visualMap[0].text[0]")
    assert "documents" in legend


def test_every_value_axis_is_named(page):
    names = page.execute_script("""
        var out = [];
        Object.keys(window.rpCharts).forEach(function (k) {
          var o = window.rpCharts[k].getOption();
          (o.xAxis || []).concat(o.yAxis || []).forEach(function (a) { if (a.type === 'value') { out.push(a.name || ''); } });
        });
        return out;""")
    assert names and all(n.strip() for n in names)


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
