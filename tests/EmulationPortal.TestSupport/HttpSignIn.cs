using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;

namespace EmulationPortal.TestSupport;

/// <summary>Signs in and posts the portal's static forms (antiforgery token included), as a browser would without JavaScript.</summary>
public static partial class HttpSignIn
{
    public const string AuthCookie = "EmulationPortal.Auth";

    /// <summary>Signs in through the real login form; returns the form post's response.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoAccounts.Password, CancellationToken ct = default) =>
        client.SignInAtAsync(new Uri("/Account/Login", UriKind.Relative), email, password, ct);

    /// <summary>Signs in on <paramref name="loginPage"/>, e.g. the login page with a <c>ReturnUrl</c>.</summary>
    public static Task<HttpResponseMessage> SignInAtAsync(this HttpClient client, Uri loginPage, string email, string password = DemoAccounts.Password, CancellationToken ct = default) =>
        client.PostFormAsync(loginPage.ToString(), "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }, ct: ct);

    /// <summary>
    /// Posts the form named <paramref name="handler"/> to <paramref name="path"/> with the antiforgery token of the page
    /// at <paramref name="formPage"/> (the path itself unless given).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, string? handler, IReadOnlyDictionary<string, string> fields, string? formPage = null, CancellationToken ct = default)
    {
        var page = await client.GetStringAsync(new Uri(formPage ?? path, UriKind.Relative), ct);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value };
        if (handler is not null)
        {
            values["_handler"] = handler;
        }

        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, ct);
    }

    /// <summary>The sign-in cookie a response sets, as a <c>Cookie</c> header value to replay later (a copied cookie).</summary>
    public static string AuthCookieOf(HttpResponseMessage response) => string.Join("; ", response.Headers.GetValues("Set-Cookie")
        .Where(c => c.StartsWith(AuthCookie, StringComparison.Ordinal))
        .Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
