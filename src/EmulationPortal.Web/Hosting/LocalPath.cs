namespace EmulationPortal.Web.Hosting;

/// <summary>
/// The only redirect targets the portal follows from user input: a path of this site. Anything a browser could read as
/// another host (<c>//evil</c>, <c>/\evil</c>, <c>http:</c>…) or that carries control characters (a tab or CR/LF that
/// browsers strip, or <c>LocalRedirect</c> refuses with an exception) becomes the home page instead of a 500.
/// </summary>
internal static class LocalPath
{
    public const string Home = "/";

    /// <summary><paramref name="uri"/> as a site-absolute path when it is one (base-relative <c>pledges</c> becomes <c>/pledges</c>), otherwise <see cref="Home"/>.</summary>
    public static string OrHome(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return Home;
        }

        var path = uri[0] == '/' ? uri : "/" + uri;
        var local = (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
            && !path.Contains('\\', StringComparison.Ordinal)
            && !path.Any(char.IsControl)
            && !path.Split('/')[1].Contains(':', StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(path, UriKind.Relative);
        return local ? path : Home;
    }
}
