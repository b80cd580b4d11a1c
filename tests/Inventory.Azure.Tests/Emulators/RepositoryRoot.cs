namespace Inventory.Azure.Tests.Emulators;

/// <summary>Finds the repository root: the nearest folder above the test assembly that holds package.json.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "package.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No package.json found above {AppContext.BaseDirectory}; the emulator tests must run inside the "
            + "repository, whose root package.json pins the emulators.");
    }
}
