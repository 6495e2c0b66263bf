"""Articles written for claimdesk about invented events, with reference annotations."""
