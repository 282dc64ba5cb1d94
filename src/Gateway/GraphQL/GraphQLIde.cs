using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Samspill.Gateway.WebApp;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// GET /graphql for a browser: GraphiQL, built by the web app as its own entry (graphiql.html) so its editor never
/// weighs on the app's pages. Without a built web app (no Node.js at build time), a small hand-written query page.
/// Anything but a browser asking for HTML gets 405: queries are sent with POST.
/// </summary>
public static class GraphQLIde
{
    public const string EntryFile = "graphiql.html";

    public static IResult Serve(HttpContext http, IOptions<WebAppOptions> options)
    {
        var accept = http.Request.Headers.Accept.ToString();
        if (!accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.Allow = "POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }
        http.Response.Headers.CacheControl = "no-cache";
        var entry = Path.Combine(options.Value.ResolvedRoot, EntryFile);
        return File.Exists(entry)
            ? Results.File(entry, "text/html; charset=utf-8")
            : Results.Content(Html, "text/html; charset=utf-8");
    }

    /// <summary>The fallback page when the web app was not built: self-contained, no CDN.</summary>
    public const string Html = """
<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Samspill GraphQL</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:70rem}
textarea{width:100%;font-family:ui-monospace,monospace;font-size:.9rem}
pre{background:#f4f4f4;padding:1rem;overflow:auto;min-height:8rem}
label{display:block;margin:.6rem 0 .2rem;font-weight:600}
</style></head>
<body>
<h1>Samspill GraphQL</h1>
<p>Skriv en spørring og trykk «Kjør». Tilgangsnøkkel (valgfri) fra <code>POST /auth/dev-token</code> i utvikling.</p>
<label for="token">Tilgangsnøkkel (Bearer)</label><input id="token" style="width:100%">
<label for="query">Spørring</label><textarea id="query" rows="12">{ viewer { role name } counties { number name } }</textarea>
<label for="vars">Variabler (JSON)</label><textarea id="vars" rows="4">{}</textarea>
<p><button id="run">Kjør</button></p>
<pre id="out"></pre>
<script>
document.getElementById('run').onclick = async () => {
  const headers = {'content-type': 'application/json'};
  const token = document.getElementById('token').value.trim();
  if (token) headers.authorization = 'Bearer ' + token;
  let variables = {};
  try { variables = JSON.parse(document.getElementById('vars').value || '{}'); } catch { document.getElementById('out').textContent = 'Variablene er ikke gyldig JSON.'; return; }
  const res = await fetch('/graphql', {method: 'POST', headers, body: JSON.stringify({query: document.getElementById('query').value, variables})});
  document.getElementById('out').textContent = JSON.stringify(await res.json(), null, 2);
};
</script>
</body></html>
""";
}
