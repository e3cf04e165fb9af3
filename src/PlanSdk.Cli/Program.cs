using System;
using System.Text;
using PlanSdk.Cli;

// Plans are Chinese text: write UTF-8 whatever the console's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
