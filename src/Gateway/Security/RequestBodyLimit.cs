using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Samspill.Gateway.Security;

/// <summary>Refuses bodies over the configured size with 413, declared or streamed.</summary>
public static class RequestBodyLimit
{
    /// <summary>False (and a 413 written) when the declared length is too large; otherwise caps what may be read.</summary>
    public static bool Admit(HttpContext http, long maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return false;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = maxBytes;
        return true;
    }
}
