// Browsers come from Debian (chromium, firefox-esr); puppeteer must never download its own.
module.exports = { skipDownload: true };
