using EmulationPortal.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Components.Account;

/// <summary>Redirects from the static Identity pages, refusing anything that is not a path of this site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalPath.OrHome(uri));
}
