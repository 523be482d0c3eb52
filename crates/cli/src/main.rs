//! `memphis` — runs PHP scripts like the `php` command line does.
//!
//! `memphis [options] [-f] <file> [--] [args...]`, `memphis -r <code> [--] [args...]`, or the
//! script on standard input. Options are php's: `-d key=value`, `-n`, `-c <ini>`, `-l`, `-v`, `-h`.

use clap::{Arg, ArgAction, Command};
use memphis_vm::{Config, Vm};
use std::io::Read;

fn cli() -> Command {
    Command::new("memphis")
        .about("Runs PHP 8.4 scripts with PHP's own memory behaviour")
        .disable_version_flag(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("define")
                .short('d')
                .action(ArgAction::Append)
                .value_name("key=value")
                .help("Define INI entry"),
        )
        .arg(
            Arg::new("no-ini")
                .short('n')
                .action(ArgAction::SetTrue)
                .help("No configuration (ini) files will be used"),
        )
        .arg(
            Arg::new("config")
                .short('c')
                .value_name("path")
                .help("Look for php.ini file in this directory or file"),
        )
        .arg(
            Arg::new("lint")
                .short('l')
                .action(ArgAction::SetTrue)
                .help("Syntax check only (lint)"),
        )
        .arg(
            Arg::new("version")
                .short('v')
                .long("version")
                .action(ArgAction::SetTrue)
                .help("Version number"),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::SetTrue)
                .help("This help"),
        )
        .arg(
            Arg::new("code")
                .short('r')
                .value_name("code")
                .allow_hyphen_values(true)
                .help("Run PHP <code> without using script tags <?..?>"),
        )
        .arg(
            Arg::new("file")
                .short('f')
                .value_name("file")
                .help("Parse and execute <file>"),
        )
        .arg(
            Arg::new("ini-info")
                .long("ini")
                .action(ArgAction::SetTrue)
                .help("Show configuration file names"),
        )
        .arg(
            Arg::new("rest")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .value_name("args"),
        )
}

fn version_text() -> String {
    format!(
        "PHP 8.4.27 (cli) (built: memphis {}) (NTS)\nCopyright (c) The PHP Group\nZend Engine v4.4.27, Copyright (c) Zend Technologies\n    with Memphis {} (memory-faithful Rust runtime)\n",
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_VERSION")
    )
}

/// Reads `key = value` lines of a php.ini file.
fn read_ini(path: &str) -> Vec<(String, String)> {
    let p = std::path::Path::new(path);
    let file = if p.is_dir() {
        p.join("php.ini")
    } else {
        p.to_path_buf()
    };
    let Ok(text) = std::fs::read_to_string(file) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with(';') || l.starts_with('[') || l.starts_with('#') {
            continue;
        }
        if let Some((k, v)) = l.split_once('=') {
            let v = v.trim().trim_matches('"').to_string();
            out.push((k.trim().to_string(), v));
        }
    }
    out
}

fn main() {
    let m = match cli().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            std::process::exit(1);
        }
    };
    if m.get_flag("version") {
        print!("{}", version_text());
        return;
    }
    if m.get_flag("help") {
        let _ = cli().print_help();
        println!();
        return;
    }
    if m.get_flag("ini-info") {
        println!("Configuration File (php.ini) Path: \nLoaded Configuration File:         (none)\nScan for additional .ini files in: (none)\nAdditional .ini files parsed:      (none)");
        return;
    }
    let mut cfg = Config::default();
    if let Some(c) = m.get_one::<String>("config") {
        if !m.get_flag("no-ini") {
            cfg.ini.extend(read_ini(c));
        }
    }
    if let Some(ds) = m.get_many::<String>("define") {
        for d in ds {
            let (k, v) = match d.split_once('=') {
                Some((k, v)) => (k.trim().to_string(), v.trim().trim_matches('"').to_string()),
                None => (d.trim().to_string(), "1".to_string()),
            };
            cfg.ini.push((k, v));
        }
    }
    let mut rest: Vec<String> = m
        .get_many::<String>("rest")
        .map(|r| r.cloned().collect())
        .unwrap_or_default();
    if rest.first().map(|s| s.as_str()) == Some("--") {
        rest.remove(0);
    }
    let (path, src): (String, Vec<u8>) = if let Some(code) = m.get_one::<String>("code") {
        let mut s = b"<?php ".to_vec();
        s.extend_from_slice(code.as_bytes());
        cfg.argv = std::iter::once(b"Standard input code".to_vec())
            .chain(rest.iter().map(|a| a.as_bytes().to_vec()))
            .collect();
        ("Command line code".to_string(), s)
    } else {
        let file = match m.get_one::<String>("file") {
            Some(f) => Some(f.clone()),
            None if !rest.is_empty() => Some(rest.remove(0)),
            None => None,
        };
        match file {
            Some(f) => {
                let src = match std::fs::read(&f) {
                    Ok(s) => s,
                    Err(_) => {
                        println!("Could not open input file: {f}");
                        std::process::exit(1);
                    }
                };
                cfg.argv = std::iter::once(f.as_bytes().to_vec())
                    .chain(rest.iter().map(|a| a.as_bytes().to_vec()))
                    .collect();
                // PHP names the primary script by its full path (__FILE__, error messages).
                let full = std::fs::canonicalize(&f)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(f);
                (full, src)
            }
            None => {
                let mut s = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut s);
                cfg.argv = std::iter::once(b"Standard input code".to_vec())
                    .chain(rest.iter().map(|a| a.as_bytes().to_vec()))
                    .collect();
                ("Standard input code".to_string(), s)
            }
        }
    };
    if m.get_flag("lint") {
        match Vm::lint(&src, &path) {
            Ok(()) => {
                println!("No syntax errors detected in {path}");
                return;
            }
            Err(msg) => {
                println!("{msg}");
                println!("Errors parsing {path}");
                std::process::exit(255);
            }
        }
    }
    let code = run_on_big_stack(move |stack| {
        let mut vm = Vm::new(cfg);
        vm.set_native_stack(stack);
        vm.run_file(&path, &src)
    });
    std::process::exit(code);
}

/// Runs the VM on a thread with a large stack: builtins that call back into PHP recurse on it.
/// Where the address space is limited (`ulimit -v`), smaller stacks are tried, down to 8 MiB;
/// the VM is told the size it got.
fn run_on_big_stack(f: impl FnOnce(usize) -> i32 + Send + 'static) -> i32 {
    let f = std::sync::Arc::new(std::sync::Mutex::new(Some(f)));
    let mut size = memphis_vm::NATIVE_STACK_BYTES;
    loop {
        let g = f.clone();
        let h = std::thread::Builder::new().stack_size(size).spawn(move || {
            let f = g.lock().ok().and_then(|mut o| o.take());
            f.map_or(255, |f| f(size))
        });
        match h {
            Ok(h) => return h.join().unwrap_or(255),
            Err(_) if size > 8 * 1024 * 1024 => size /= 2,
            Err(e) => {
                println!("PHP Fatal error:  Unable to start the engine: {e}");
                return 255;
            }
        }
    }
}
