# Build and install Hearth without knowing Swift: `make`, `sudo make install`, `make deb`.
# The binary links the Swift runtime statically, so it needs only libc and libncursesw.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# A build folder of its own, so a release build does not replace a developer's debug build.
SCRATCH ?= .build-release

# The version lives in one place, Sources/hearth/Version.swift.
VERSION := $(shell sed -n 's/^ *static let number = "\(.*\)"$$/\1/p' Sources/hearth/Version.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null || uname -m)
BIN := $(SCRATCH)/release/hearth

# The toolchain's static crash backtracer. A statically linked Swift runtime looks for it at
# ../libexec/swift/linux/swift-backtrace beside the binary; without it a crash leaves no report.
BACKTRACER ?= $(dir $(realpath $(shell command -v $(SWIFT))))../libexec/swift/linux/swift-backtrace-static

BINDIR := $(PREFIX)/bin
BACKTRACEDIR := $(PREFIX)/libexec/swift/linux
MAN1DIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d

# What `install` puts and `uninstall` removes: one list for both.
INSTALLED := $(BINDIR)/hearth $(BACKTRACEDIR)/swift-backtrace $(MAN1DIR)/hearth.1 $(BASHDIR)/hearth $(ZSHDIR)/_hearth \
  $(FISHDIR)/hearth.fish

DEB := $(SCRATCH)/hearth_$(VERSION)_$(ARCH).deb
STAGE := $(SCRATCH)/deb/hearth_$(VERSION)_$(ARCH)

.PHONY: all build install uninstall deb clean

all: build

build:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH) --product hearth

# No build here: `sudo make install` must not run the build as root. `make` first.
install:
	@test -x $(BIN) || { echo "$(BIN) is not built yet: run make first" >&2; exit 1; }
	@test -x $(BACKTRACER) || { echo "no crash backtracer at $(BACKTRACER): set BACKTRACER" >&2; exit 1; }
	install -d -m 0755 $(addprefix $(DESTDIR),$(BINDIR) $(BACKTRACEDIR) $(MAN1DIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR))
	install -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/hearth
	install -m 0755 $(BACKTRACER) $(DESTDIR)$(BACKTRACEDIR)/swift-backtrace
	install -m 0644 man/hearth.1 $(DESTDIR)$(MAN1DIR)/hearth.1
	install -m 0644 completions/hearth.bash $(DESTDIR)$(BASHDIR)/hearth
	install -m 0644 completions/_hearth $(DESTDIR)$(ZSHDIR)/_hearth
	install -m 0644 completions/hearth.fish $(DESTDIR)$(FISHDIR)/hearth.fish

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

# The .deb is the `install` staging tree under /usr, with a control file; its files are owned
# by root whoever builds it. Depends comes from the libraries the binary links (dpkg-shlibdeps).
# xz at level 1: 11 s and 25 MB where the default level 6 took 100 s for 19 MB (86 MB binary).
deb: build
	rm -rf $(STAGE)
	$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR=$(CURDIR)/$(STAGE)
	install -d -m 0755 $(STAGE)/DEBIAN
	scripts/deb-control $(VERSION) $(ARCH) $(STAGE) >$(STAGE)/DEBIAN/control
	chmod 0644 $(STAGE)/DEBIAN/control
	dpkg-deb --root-owner-group -Zxz -z1 --build $(STAGE) $(DEB)

clean:
	rm -rf $(SCRATCH)/deb $(DEB)
