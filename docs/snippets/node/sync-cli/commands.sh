# The commands of the one-stop guide (docs/sync.md), run by sync-cli.test.ts against a sandbox, in
# this order, from a folder holding the exports.

# #region setup
# The sandbox of `npm start`; on the portal: its API address and your system's secret key (scope sync)
export DVC_API_URL=http://127.0.0.1:8787
export DVC_SECRET_KEY=sk_test_dvckit_local
# #endregion setup

# #region push
npx dvc-sync push dossiers.ndjson --report problems.ndjson
# #endregion push

# #region csv
npx dvc-sync push dossiers.csv --lang en
# #endregion csv

# #region opencps
npx dvc-sync push opencps.ndjson --from opencps
# #endregion opencps

# #region pull
npx dvc-sync pull --out changes.ndjson      # the whole feed the first time, then what changed since
# #endregion pull

# #region remove
npx dvc-sync remove 000.00.01.H56-260609-0003 --version 1
# #endregion remove

# #region follow
npx dvc-sync pull --out changes.ndjson --follow --quiet   # keeps waiting for changes; Ctrl-C stops
# #endregion follow
