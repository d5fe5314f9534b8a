"""The embed in a real browser: headless Chromium driven by selenium (Debian's chromium-driver) loads
a host page served from another origin (a second port) that uses /embed/v1.js. The section renders
in its shadow root with the support link and the attribution and takes the host's CSS custom
properties; search works and shows the support block with the level the search returned (emergency
numbers first when urgent); with the API stopped the elements show a plain link to the page instead.
/embed/{id} is framed by the host page, or refused by frame-ancestors when the host is not listed."""

import functools
import http.server
import json
import shutil
import threading
import urllib.parse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from ops_support import ServerProcess

SECTION = "research-shows"
OTHER_SECTION = "harm-reduction"

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>a peer-support site</title>
<style>explainer-section, explainer-search { --explainer-color: rgb(1, 2, 3); --explainer-font: 15px serif; }</style>
<script type="module" src="API/embed/v1.js"></script>
</head><body>
<h1>Our resources</h1>
<explainer-section section="SECTION" country="GB"></explainer-section>
<explainer-search country="GB"></explainer-search>
</body></html>
"""

FRAME_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>framing</title></head>
<body><iframe id="embed" title="explainer" src="API/embed/SECTION" width="600" height="400"
  onload="document.body.dataset.frameLoaded = 'yes'"></iframe></body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class HostSite:
    """The partner's site: static pages on 127.0.0.1:0, another origin than the API's."""

    def __init__(self, directory):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def chromedriver() -> str:
    path = shutil.which("chromedriver")
    if path is None:
        pytest.skip("chromedriver is not installed (apt-get install chromium-driver)")
    return path


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(argument)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    driver = webdriver.Chrome(service=Service(chromedriver()), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def api_base(api) -> str:
    return f"http://127.0.0.1:{api.port}"


def host_site(tmp_path, api, page=HOST_PAGE, section=SECTION):
    (tmp_path / "site").mkdir(exist_ok=True)
    (tmp_path / "site" / "index.html").write_text(page.replace("API", api_base(api)).replace("SECTION", section))
    return HostSite(tmp_path / "site")


def in_shadow(driver, element, script):
    """Runs `script` with `root` bound to the element's shadow root; None while there is none."""
    return driver.execute_script(
        "const host = document.querySelector(arguments[0]); const root = host && host.shadowRoot;"
        "if (!root) return null;" + script, element)


def wait_for(driver, element, script, timeout=20):
    return WebDriverWait(driver, timeout).until(lambda d: in_shadow(d, element, script))


def search(driver, query):
    in_shadow(driver, "explainer-search",
              "const input = root.querySelector('input'); input.value = arguments[1];"
              "root.querySelector('form').requestSubmit(); return true;".replace("arguments[1]", json.dumps(query)))


def support_state(driver):
    """The search's support block: its level, and the order of its parts and of the results."""
    return wait_for(driver, "explainer-search", """
        const support = root.querySelector('[part=support]');
        if (!support) return null;
        const parts = [...root.querySelector('[part=results]').children].map(e => e.getAttribute('part'));
        const inner = [...support.querySelectorAll('ul')].map(e => e.className);
        const link = support.querySelector('a[part=support-link]');
        return {level: support.dataset.level, parts, inner, link: link && link.href,
                results: root.querySelectorAll('[part=result]').length, emergency: support.querySelector('.emergency').textContent};
    """)


def test_a_section_renders_from_another_origin_with_support_link_attribution_and_the_host_style(tmp_path, browser):
    with ServerProcess() as api:
        status, _, body = api.get(f"/v1/sections/{SECTION}")
        section = json.loads(body)
        site = host_site(tmp_path, api)
        try:
            browser.get(site.origin + "/index.html")
            title = wait_for(browser, "explainer-section", "const h = root.querySelector('[part=title]'); return h && h.textContent;")
            rendered = in_shadow(browser, "explainer-section", """
                const support = root.querySelector('a[part=support-link]');
                return {body: root.querySelector('[part=body]').textContent,
                        support: support && support.href,
                        attribution: root.querySelector('[part=attribution]').textContent,
                        page: root.querySelector('a[part=page-link]').href,
                        lines: root.querySelectorAll('[part=support] .lines li').length,
                        color: getComputedStyle(root.querySelector('[part=title]')).color};
            """)
            cookies = browser.get_cookies()
        finally:
            site.close()
    assert title == section["title"]
    assert "A diminished pain perception in people who self-harm" in rendered["body"]
    assert rendered["support"] == api_base(api) + "/v1/support"
    assert rendered["lines"] >= 1  # the GB lines, shown with the section
    assert "unpacking self-harm" in rendered["attribution"]
    assert rendered["page"] == api_base(api) + "/explainer/" + SECTION
    assert rendered["color"] == "rgb(1, 2, 3)"  # the host page's custom property reached the shadow root
    assert cookies == []


def test_search_works_and_shows_the_support_block_with_the_level_the_search_returned(tmp_path, browser):
    with ServerProcess() as api:
        site = host_site(tmp_path, api)
        try:
            browser.get(site.origin + "/index.html")
            wait_for(browser, "explainer-search", "return root.querySelector('form') !== null;")
            search(browser, "harm reduction")
            calm = support_state(browser)
            _, _, body = api.get("/v1/search?" + urllib.parse.urlencode({"q": "harm reduction", "limit": 5, "country": "GB"}))
            expected_calm = json.loads(body)["support"]
            search(browser, "I want to die")
            urgent = WebDriverWait(browser, 20).until(lambda d: (s := support_state(d)) and s["level"] == "urgent" and s)
        finally:
            site.close()
    assert calm["results"] >= 1
    assert calm["level"] == expected_calm["level"] and calm["level"] != "urgent"
    assert calm["parts"] == ["result-list", "support"] and calm["inner"] == ["lines", "emergency"]
    assert calm["link"] == api_base(api) + "/v1/support"
    # Urgent: where to turn comes before the results, and the emergency numbers before the lines.
    assert urgent["parts"][0] == "support" and urgent["inner"] == ["emergency", "lines"]
    assert "999" in urgent["emergency"]


def test_with_the_api_stopped_the_elements_show_a_plain_link_to_the_page(tmp_path, browser):
    api = ServerProcess()
    site = host_site(tmp_path, api)
    try:
        browser.get(site.origin + "/index.html")
        wait_for(browser, "explainer-section", "return root.querySelector('[part=title]') !== null;")
        base = api_base(api)
        api.stop()
        browser.execute_script(f"document.querySelector('explainer-section').setAttribute('section', '{OTHER_SECTION}')")
        section_link = wait_for(browser, "explainer-section",
                                "const a = root.querySelector('a[part=fallback-link]'); return a && a.href;")
        search(browser, "harm reduction")
        search_link = wait_for(browser, "explainer-search",
                               "const a = root.querySelector('a[part=fallback-link]'); return a && a.href;")
    finally:
        api.stop()
        site.close()
    assert section_link == base + "/explainer/" + OTHER_SECTION
    assert search_link == base + "/explainer"


def frame_heading(browser):
    frame = browser.find_element(By.ID, "embed")
    browser.switch_to.frame(frame)
    try:
        headings = browser.find_elements(By.TAG_NAME, "h1")
        return headings[0].text if headings else None
    finally:
        browser.switch_to.default_content()


def test_the_embed_page_is_framed_by_the_host_when_frame_ancestors_allow_it(tmp_path, browser):
    with ServerProcess() as api:
        _, _, body = api.get(f"/v1/sections/{SECTION}")
        site = host_site(tmp_path, api, page=FRAME_PAGE)
        try:
            browser.get(site.origin + "/index.html")
            heading = WebDriverWait(browser, 20).until(lambda d: frame_heading(d))
        finally:
            site.close()
    assert heading == json.loads(body)["title"]


def test_the_embed_page_is_refused_in_a_frame_on_a_site_frame_ancestors_does_not_list(tmp_path, browser):
    with ServerProcess("--frame-ancestors", "https://peer-support.example") as api:
        status, headers, _ = api.get(f"/embed/{SECTION}")
        _, _, body = api.get(f"/v1/sections/{SECTION}")
        site = host_site(tmp_path, api, page=FRAME_PAGE)
        try:
            browser.get(site.origin + "/index.html")
            # A refused frame still fires load (on the browser's error page), just never with the section.
            WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.frameLoaded"))
            heading = frame_heading(browser)
        finally:
            site.close()
    assert status == 200
    assert headers["content-security-policy"].endswith("frame-ancestors https://peer-support.example")
    assert heading in (None, "") and heading != json.loads(body)["title"]
