"""Opens a RegionPulse HTML report in headless Chromium (Debian's chromium + chromium-driver, never a
downloaded browser), waits until its charts are painted and keeps a full-page screenshot.

    .venv/bin/python tests/browser.py report.html docs/report.png

exits 1 when the page logs a console error or a chart stays blank (used for docs/report.png; the
pytest checks in test_report.py share the same functions)."""

import os
import shutil
import sys
import tempfile
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Charts every report with data draws; metric-series only when metric_timeline has a standard indicator.
CHARTS = ["top-regions", "province-map", "timelines", "network"]


def chromium_paths():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    if not browser or not os.path.exists(driver):
        raise RuntimeError("chromium and chromium-driver are needed: jobs/lib/python.sh --browser installs them")
    return browser, driver


def painted(driver, chart_id) -> int:
    """Non-transparent pixels on the chart's canvas."""
    return driver.execute_script("""
        var c = document.querySelector('#' + arguments[0] + ' canvas');
        if (!c || !c.width) { return 0; }
        var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
        for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
        return n;""", chart_id)


def charts_on(driver):
    """The chart ids the page has a container for."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-chart]')).map(function (e) { return e.id; })")


@contextmanager
def open_report(path, screenshot=None, width=1400):
    """A Chromium driver on the report at `path`, all its charts painted; a full-page PNG to `screenshot`."""
    browser, driver_path = chromium_paths()
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager fetch a driver
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    profile = tempfile.mkdtemp(prefix="rp-chromium-")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", f"--window-size={width},1000", "--lang=zh-CN"]:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    try:
        driver.get(f"file://{os.path.abspath(path)}")
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.documentElement.dataset.rpCharts"))
        WebDriverWait(driver, 60).until(lambda d: all(painted(d, c) > 500 for c in charts_on(d)))
        if screenshot:
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, height + 40)
            driver.save_screenshot(str(screenshot))
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open_report(argv[1], argv[2]) as driver:
        errors = console_errors(driver)
        blank = [c for c in charts_on(driver) if painted(driver, c) <= 500]
        print(f"charts: {', '.join(charts_on(driver))}; console errors: {len(errors)}; blank charts: {blank}")
        for e in errors:
            print(e["message"], file=sys.stderr)
        return 1 if errors or blank else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
