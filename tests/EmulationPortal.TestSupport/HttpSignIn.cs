using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;

namespace EmulationPortal.TestSupport;

/// <summary>Signs in through the real login form (antiforgery token included), as a browser would without JavaScript; returns the form post's response.</summary>
public static partial class HttpSignIn
{
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoAccounts.Password, CancellationToken ct = default) =>
        client.SignInAtAsync(new Uri("/Account/Login", UriKind.Relative), email, password, ct);

    /// <summary>Signs in on <paramref name="loginPage"/>, e.g. the login page with a <c>ReturnUrl</c>.</summary>
    public static async Task<HttpResponseMessage> SignInAtAsync(this HttpClient client, Uri loginPage, string email, string password = DemoAccounts.Password, CancellationToken ct = default)
    {
        var page = await client.GetStringAsync(loginPage, ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(loginPage, form, ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
