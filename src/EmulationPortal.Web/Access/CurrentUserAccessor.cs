using EmulationPortal.Application.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace EmulationPortal.Web.Access;

/// <summary>The signed-in user of this circuit or request, as the use cases want it.</summary>
internal sealed class CurrentUserAccessor(AuthenticationStateProvider authentication)
{
    public async Task<ICurrentUser> GetAsync() => new ClaimsCurrentUser((await authentication.GetAuthenticationStateAsync()).User);
}
