using Samspill.Bench.WebLive;

// Times the web app in Debian's Chromium against the real silo: live change between two open pages, first page
// load, and the first page's JavaScript (gzipped). Run by hand: see bench/README.md.
var options = BenchOptions.Parse(args);
var report = await WebLiveBench.RunAsync(options);
Console.WriteLine(report);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutFile))!);
await File.WriteAllTextAsync(options.OutFile, report);
Console.WriteLine($"Written to {options.OutFile}");
return 0;
